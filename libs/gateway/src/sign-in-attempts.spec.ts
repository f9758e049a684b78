import { countSignInAttempts } from './sign-in-attempts';

const body = (query: string, operationName?: string) => ({ query, operationName, variables: {} });

describe(countSignInAttempts.name, () => {
  it('counts the sign-in mutations', () => {
    expect(countSignInAttempts(body('mutation { login(email: "a", password: "b") }'))).toBe(1);
    expect(countSignInAttempts(body('mutation R { requestPasswordReset(email: "a") }'))).toBe(1);
    expect(countSignInAttempts(body('mutation { resetPassword(token: "t", password: "p") }'))).toBe(
      1,
    );
  });

  it('counts each aliased login and those reached through fragments', () => {
    const query = `mutation { a: login(email: "1") b: login(email: "2") ...More ... on Mutation { login } }
      fragment More on Mutation { login }`;
    expect(countSignInAttempts(body(query))).toBe(4);
  });

  it('ignores other operations, even ones that mention login', () => {
    expect(countSignInAttempts(body('{ me { login } }'))).toBe(0);
    expect(countSignInAttempts(body('mutation { logout }'))).toBe(0);
    expect(countSignInAttempts(body('mutation { updateProfile(note: "login") }'))).toBe(0);
    expect(countSignInAttempts(body('query login { me { id } }'))).toBe(0);
  });

  it('counts only the operation that will run', () => {
    const query = 'query Me { me { id } } mutation SignIn { login(email: "a") }';
    expect(countSignInAttempts(body(query, 'Me'))).toBe(0);
    expect(countSignInAttempts(body(query, 'SignIn'))).toBe(1);
  });

  it('counts every request of a batch', () => {
    const login = body('mutation { login(email: "a") }');
    expect(countSignInAttempts([login, login, body('{ me { id } }')])).toBe(2);
  });

  it('counts nothing in bodies that are not GraphQL', () => {
    expect(countSignInAttempts(undefined)).toBe(0);
    expect(countSignInAttempts({})).toBe(0);
    expect(countSignInAttempts(body('mutation { login('))).toBe(0);
    expect(countSignInAttempts({ query: 42 })).toBe(0);
  });
});
