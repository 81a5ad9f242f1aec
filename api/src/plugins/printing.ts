import fp from 'fastify-plugin';
import { loadBranding, type BrandingState } from '../branding/branding.ts';
import { cardFonts } from '../card-pdf/fonts.ts';
import { loadTemplates, type TemplateSet } from '../templates/load-templates.ts';

/** Branding changes made by another process show within this long. */
const BRANDING_TTL_MS = 5_000;

export type BrandingSource = {
  /** The current branding; cached for a few seconds, and refreshed at once after a change made here. */
  current(): Promise<BrandingState>;
  invalidate(): void;
};

declare module 'fastify' {
  interface FastifyInstance {
    /** Card and sheet layouts from templates/, checked at start. */
    templates: TemplateSet;
    branding: BrandingSource;
  }
}

/** Templates (a broken one stops the start with a message naming it), fonts, and the branding cache. */
export default fp<{ clock?: () => Date }>(
  async (app, { clock }) => {
    app.decorate('templates', loadTemplates(app.config.templatesDir));
    cardFonts();
    let cached: { state: Promise<BrandingState>; at: number } | undefined;
    app.decorate('branding', {
      current() {
        const now = Date.now();
        if (!cached || now - cached.at > BRANDING_TTL_MS) {
          const state = loadBranding({ db: app.db, config: app.config, clock });
          cached = { state, at: now };
          state.catch(() => {
            if (cached?.state === state) cached = undefined;
          });
        }
        return cached.state;
      },
      invalidate() {
        cached = undefined;
      },
    });
  },
  { name: 'printing', dependencies: ['config', 'database'] },
);
