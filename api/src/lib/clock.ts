/** "Now", injected everywhere a rule depends on the time: the server passes the system clock, tests their own. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
