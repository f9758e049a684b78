import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** `timestamptz` creation and update columns, as every table uses. */
export const CreatedAt = () => CreateDateColumn({ type: 'timestamptz' });
export const UpdatedAt = () => UpdateDateColumn({ type: 'timestamptz' });
