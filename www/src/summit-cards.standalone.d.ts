// Types of the single-file build: a classic script that defines <summit-cards> and sets the
// global `SummitCards`, with the same functions as the module build.

import type * as SummitCardsModule from './summit-cards.js';

export type * from './summit-cards.js';

declare global {
  /** Set by summit-cards.standalone.js. */
  var SummitCards: {
    /** Loads the extractor (inlined in the file); the element calls it by itself. */
    init(): Promise<void>;
    extract: typeof SummitCardsModule.extract;
    version: typeof SummitCardsModule.version;
    SummitCardsElement: typeof SummitCardsModule.SummitCardsElement;
    SummitCardsLoadError: typeof SummitCardsModule.SummitCardsLoadError;
  };
}
