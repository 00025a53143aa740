// The explorer's entry point.
import './styles.css';
import { errorText, explainError, retryLabel } from './api/explain-error';
import { GraphQLRequestError } from './api/request-graphql';
import { loginHref } from './api/current-viewer';
import { takeTokenFromLocation } from './api/session-token';
import { startApp } from './app/start-app';
import { translate } from './i18n/messages';

takeTokenFromLocation();
const root = document.getElementById('app')!;
startApp(root).catch((error: unknown) => {
  console.error(error);
  // The reader's words for what went wrong (api/explain-error.ts), and a retry that starts the explorer again.
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'de';
  const message = Object.assign(document.createElement('p'), {
    className: 'boot error',
    role: 'alert',
    textContent: `Bildungsnetz: ${errorText(explainError(error), lang)}`,
  });
  const retry = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'retry',
    textContent: retryLabel[lang],
  });
  retry.addEventListener('click', () => window.location.reload());
  root.replaceChildren(message, retry);
  // Without a login (or with a role that may not see the analyses) the explorer cannot draw its views.
  const code = error instanceof GraphQLRequestError ? error.code : undefined;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
    message.textContent = translate('needsLogin', lang);
    const button = Object.assign(document.createElement('a'), {
      id: 'auth',
      className: 'button-link',
      href: loginHref(),
      textContent: translate('logIn', lang),
    });
    root.append(button);
  }
});
