import type { AddressInfo, Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type TestSmtpServer = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL */
  url: string;
  /** The messages it took (including one whose connection it dropped after reading it). */
  received: ParsedMail[];
  /** Every message it was sent, refused or not. */
  tried: ParsedMail[];
  /** Answer every message with this SMTP error (e.g. 451 try later, 550 no such mailbox) until set back to null. */
  failWith(code: number | null): void;
  /** Keeps the next messages' answers (after reading each in full) until `release` is called. */
  holdAnswers(): { release(): void };
  /** The next message is read and kept, then the connection is dropped before the answer (a lost "250 OK"). */
  dropAfterNextData(): void;
  /** Resolves when `count` messages have arrived in all. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
};

/** A real SMTP listener on loopback that keeps what it is sent, parsed. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const tried: ParsedMail[] = [];
  let failure: number | null = null;
  let held: Promise<void> | null = null;
  let dropNext = false;
  const sockets = new Map<number, Socket>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          tried.push(mail);
          if (failure !== null) {
            callback(Object.assign(new Error(failure >= 500 ? 'No such mailbox here' : 'Try again later'), { responseCode: failure }));
            return;
          }
          if (dropNext) {
            dropNext = false;
            received.push(mail);
            sockets.get(session.remotePort)?.destroy();
            return;
          }
          if (held) await held;
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  server.server.on('connection', (socket: Socket) => {
    const port = socket.remotePort!;
    sockets.set(port, socket);
    socket.on('close', () => sockets.delete(port));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    tried,
    failWith(code) {
      failure = code;
    },
    holdAnswers() {
      let release!: () => void;
      held = new Promise<void>((resolve) => (release = resolve));
      return {
        release() {
          held = null;
          release();
        },
      };
    },
    dropAfterNextData() {
      dropNext = true;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} emails, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
