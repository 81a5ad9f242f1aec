import { Link } from '../../../lib/router.tsx';
import type { VerifyResult } from '../../../../../../api/src/verify/schemas.ts';
import { paths } from '../../../config/paths.ts';

/** Typed against the API's schema, so the guide's example cannot drift from the real answer. */
const EXAMPLE_ANSWER: VerifyResult = {
  result: 'valid',
  givenName: 'Sam',
  cardNumber: 'YC-7K3P-Q9MD-2HXWT',
  expiresOn: '2027-09-14',
  issuer: { name: 'Young Carers Service', helpline: '0115 000 0000' },
  benefits: [
    {
      title: 'Free swim',
      partner: 'Riverside Pool',
      description: 'One free swim a week',
      conditions: 'Show the card at reception',
      note: 'Only shown to your own partner key or link',
    },
  ],
};
const NOT_VALID_ANSWER: VerifyResult = { result: 'not_valid', issuer: EXAMPLE_ANSWER.issuer };

/**
 * For shops, pools, schools and pharmacies that honour the card: how to check
 * it, what each answer means and what to do, the partner link, offline mode,
 * and the API for till systems.
 */
export function PartnerGuide() {
  const origin = window.location.origin;
  const curl = [
    `curl -s -X POST ${origin}/api/v1/verify \\`,
    `  -H 'content-type: application/json' \\`,
    `  -H 'x-partner-key: ycp_...' \\`,
    `  -d '{"cardNumber":"YC-7K3P-Q9MD-2HXWT"}'`,
  ].join('\n');

  return (
    <div className="guide">
      <p className="page-lead">
        A young carer looks after someone in their family. Their card, from the young carers service, lets them be recognised and use your offer
        without having to explain themselves.
      </p>
      <nav aria-label="On this page" className="guide__contents">
        <ul>
          <li><a href="#how">How to check a card</a></li>
          <li><a href="#answers">What the answers mean</a></li>
          <li><a href="#partner-link">Your partner link</a></li>
          <li><a href="#offline">No signal: offline checks</a></li>
          <li><a href="#privacy">Privacy</a></li>
          <li><a href="#api">For till systems and developers</a></li>
        </ul>
      </nav>

      <section aria-labelledby="how">
        <h2 id="how">How to check a card</h2>
        <ol>
          <li>Open your phone’s camera and point it at the QR code on the back of the card. Tap the link that appears.</li>
          <li>
            Or open the <Link to={paths.verify.getHref()}>verify page</Link> and press <strong>Scan a card</strong>, or type the card number from the
            front of the card (it looks like <code>YC-7K3P-Q9MD-2HXWT</code>; capitals and spaces do not matter).
          </li>
          <li>Read the answer: it fills the screen, so you can show it or read it at arm’s length.</li>
        </ol>
      </section>

      <section aria-labelledby="answers">
        <h2 id="answers">What the answers mean</h2>
        <dl className="answers">
          <div className="answers__item answers__item--valid">
            <dt>VALID (green, with a tick)</dt>
            <dd>The card is genuine and current. The screen shows the first name on the card, the expiry date and the offers that apply. Give the benefit.</dd>
          </div>
          <div className="answers__item answers__item--expired">
            <dt>EXPIRED (amber, with a clock)</dt>
            <dd>The card is genuine but has run out. Politely ask them to renew it with the young carers service. Expired cards carry no benefits.</dd>
          </div>
          <div className="answers__item answers__item--not-valid">
            <dt>NOT VALID (red, with a cross)</dt>
            <dd>
              The card could not be confirmed: it may have been replaced or cancelled, or it is not genuine. Do not give the benefit and do not keep
              the card. Be kind: suggest they contact the young carers service, whose name and helpline are on screen.
            </dd>
          </div>
          <div className="answers__item">
            <dt>NOT CHECKED (grey, with a question mark)</dt>
            <dd>The phone could not check the card, for example with no signal and nothing saved. Connect to the internet and check again.</dd>
          </div>
        </dl>
        <p className="guide__important">
          <strong>Never ask why the child is a carer</strong>, or about the person they look after. The card is all you need.
        </p>
      </section>

      <section aria-labelledby="partner-link">
        <h2 id="partner-link">Your partner link</h2>
        <p>
          Your business has its own verify link, ending <code>/v?p=</code> and a short code (the young carers service gives it to you). Open it once
          on the phone you check cards with. From then on, every card checked in that browser, including cards opened from the camera app, lists your
          offers first, with any notes meant only for you. The verify page shows which partner it checks for, and <strong>Forget this partner</strong>{' '}
          removes it.
        </p>
      </section>

      <section aria-labelledby="offline">
        <h2 id="offline">No signal: offline checks</h2>
        <p>
          Open the verify page once while online (you can add it to your home screen). The phone then keeps the card-signing keys and the list of
          cancelled cards, and refreshes them whenever it is online. Without a signal, a scanned QR code is still checked on the phone, and the answer
          says <strong>Checked offline — revocations as of</strong> a time.
        </p>
        <ul>
          <li>
            <strong>“Revocations as of 14:05”</strong> means cards cancelled before 14:05 show NOT VALID. A card cancelled after that time can still
            show VALID until the phone is back online.
          </li>
          <li>Offline answers do not list offers (they depend on the holder’s age, which the card does not carry).</li>
          <li>A typed card number cannot be checked offline: scan the QR code instead.</li>
          <li>The saved list lasts one day; after that, connect to check cards again.</li>
        </ul>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p>
          A check shows only the first name on the card, the card number, the expiry date, who issued it and the offers. It never shows why the child
          is a carer. Nothing is recorded about which card you checked: the service only counts how many checks each partner made each day. This
          page has no tracking and no advertising.
        </p>
      </section>

      <section aria-labelledby="api">
        <h2 id="api">For till systems and developers</h2>
        <p>
          Send the token from the QR code (the part after <code>/v#</code>) or the printed card number to <code>POST /api/v1/verify</code>. Every
          well-formed request is answered <code>200</code> with <code>result</code> set to <code>valid</code>, <code>expired</code> or{' '}
          <code>not_valid</code>. A not valid answer never says why.
        </p>
        <p className="code-caption" id="example-request">Example request</p>
        <pre className="code-block" aria-labelledby="example-request">
          <code>{curl}</code>
        </pre>
        <p className="code-caption" id="example-valid">Answer for a valid card</p>
        <pre className="code-block" aria-labelledby="example-valid">
          <code>{JSON.stringify(EXAMPLE_ANSWER, null, 2)}</code>
        </pre>
        <p className="code-caption" id="example-not-valid">Answer for a card that is not valid (the same whatever the reason)</p>
        <pre className="code-block" aria-labelledby="example-not-valid">
          <code>{JSON.stringify(NOT_VALID_ANSWER, null, 2)}</code>
        </pre>
        <ul>
          <li>
            <strong>Partner keys:</strong> ask the young carers service for a key and send it as <code>X-Partner-Key: ycp_...</code> (or{' '}
            <code>Authorization: Bearer ycp_...</code>). Keyed calls list your offers first with your notes, and have their own, larger rate limit.
            A revoked or unknown key is refused with <code>401 INVALID_PARTNER_KEY</code>. Keep the key on your server, never in a web page.
          </li>
          <li>
            <strong>Rate limits:</strong> calls without a key are limited per address (120 a minute unless the service sets another figure). Over the
            limit the API answers <code>429</code> with a <code>Retry-After</code> header.
          </li>
          <li>
            <strong>Offline checking:</strong> <code>GET /.well-known/jwks.json</code> (the public keys) and <code>GET /api/v1/status-list</code> (a
            signed W3C Bitstring Status List) let your software check tokens itself; refresh both at least daily.
          </li>
          <li>
            The full reference is at <a href="/api/docs">/api/docs</a> (OpenAPI).
          </li>
        </ul>
      </section>
    </div>
  );
}
