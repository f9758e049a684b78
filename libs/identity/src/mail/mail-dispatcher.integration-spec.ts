import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { IdentityTestApp } from '../testing/identity-test-app';
import { aUser, startIdentity } from '../testing/identity-test-app';
import { MailDispatcher } from './mail-dispatcher';

describe(MailDispatcher.name, () => {
  let app: IdentityTestApp;
  let smtp: SMTPServer;
  const received: { to: string[]; data: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    app = await startIdentity({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  });

  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('delivers queued mail over SMTP and marks it sent', async () => {
    const user = await aUser().create(app);
    await app.client.ok('mutation($e: String!) { requestPasswordReset(email: $e) }', {
      e: user.email,
    });

    await app.app.get(MailDispatcher).dispatch();

    const delivered = received.find((mail) => mail.to.includes(user.email));
    expect(delivered?.data).toContain('If you did not ask for it, ignore this message.');
    expect(delivered?.data).toMatch(/reset-password\?token=/);
    const [row] = await app.query<{ sent_at: Date | null; attempts: number }>(
      'SELECT sent_at, attempts FROM identity.mail_messages WHERE recipient = $1',
      [user.email],
    );
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.attempts).toBe(1);
  });
});
