// The app shell and start page texts in every language, for the prerender and for tests. The
// browser loads only the visitor's language (load-core-messages.ts).
import './core-messages-en';
import './core-messages-nb';
import './core-messages-nn';
