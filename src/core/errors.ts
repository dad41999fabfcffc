/** Input that cannot be checked: the message is for the user, in Chinese, and names what is wrong. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
