import { useEffect, useState } from 'react';
import type { PasswordScore } from './password-rules';

type Estimator = (password: string, userInputs: string[]) => PasswordScore;

let estimator: Promise<Estimator> | null = null;

/** zxcvbn with its dictionaries is large: it loads only on the screens that set a password. */
function loadEstimator(): Promise<Estimator> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')])
    .then(([core, common]) => {
      const zxcvbn = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary },
        graphs: common.adjacencyGraphs,
      });
      return (password: string, userInputs: string[]) =>
        zxcvbn.check(password, userInputs).score as PasswordScore;
    })
    .catch((error: unknown) => {
      estimator = null;
      throw error;
    });
  return estimator;
}

/**
 * The guessability score (0–4) of a password, as the server computes it; null while the
 * estimator loads or when it could not be loaded (the server still checks).
 */
export function usePasswordScore(password: string, userInputs: string[]): PasswordScore | null {
  const [score, setScore] = useState<PasswordScore | null>(null);
  const inputsKey = userInputs.join('\n');
  useEffect(() => {
    let current = true;
    loadEstimator().then(
      (estimate) => {
        if (current) setScore(password ? estimate(password, inputsKey.split('\n')) : 0);
      },
      () => {
        if (current) setScore(null);
      },
    );
    return () => {
      current = false;
    };
  }, [password, inputsKey]);
  return score;
}
