import { Inject, Injectable } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { createTransport } from 'nodemailer';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';
import type { OutgoingMail } from './mail.repository';

/** nodemailer over SMTP_URL; absent when no SMTP server is configured. */
@Injectable()
export class SmtpTransport {
  private readonly transporter?: Transporter;

  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {
    if (config.SMTP_URL) this.transporter = createTransport(config.SMTP_URL);
  }

  get enabled(): boolean {
    return this.transporter !== undefined;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transporter) throw new Error('SMTP is not configured');
    await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.recipient,
      subject: mail.subject,
      text: mail.body,
    });
  }
}
