import type { OutgoingMail } from './mail.repository';

/** Mail texts, in Serbian Latin with an English version below. */
export const mailTemplates = {
  invitation(to: string, params: { name: string; link: string; expiresAt: Date }): OutgoingMail {
    const until = params.expiresAt.toISOString().slice(0, 10);
    return {
      recipient: to,
      subject: 'Poziv na platformu Mreža / Invitation to Mreža',
      body: [
        `Poštovani/a ${params.name},`,
        '',
        'pozvani ste da se pridružite platformi Mreža. Postavite lozinku na sledećoj adresi:',
        params.link,
        `Link važi do ${until}.`,
        '',
        '---',
        `Dear ${params.name},`,
        'you have been invited to join Mreža. Set your password here:',
        params.link,
        `The link is valid until ${until}.`,
      ].join('\n'),
    };
  },

  passwordReset(to: string, params: { name: string; link: string }): OutgoingMail {
    return {
      recipient: to,
      subject: 'Nova lozinka za Mrežu / Reset your Mreža password',
      body: [
        `Poštovani/a ${params.name},`,
        '',
        'za postavljanje nove lozinke otvorite:',
        params.link,
        'Ako niste tražili novu lozinku, zanemarite ovu poruku.',
        '',
        '---',
        `Dear ${params.name}, to set a new password open the link above.`,
        'If you did not ask for it, ignore this message.',
      ].join('\n'),
    };
  },

  registrationRejected(to: string, params: { name: string; reason: string }): OutgoingMail {
    return {
      recipient: to,
      subject: 'Zahtev za pristup Mreži / Your Mreža access request',
      body: [
        `Poštovani/a ${params.name},`,
        '',
        'vaš zahtev za pristup platformi nije odobren.',
        `Razlog: ${params.reason}`,
        '',
        '---',
        `Dear ${params.name}, your request to join was not approved. Reason: ${params.reason}`,
      ].join('\n'),
    };
  },
};
