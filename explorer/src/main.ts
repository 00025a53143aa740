// The explorer's entry point.
import './styles.css';
import { GraphQLRequestError } from './api/request-graphql';
import { loginHref } from './api/current-viewer';
import { sessionToken, takeTokenFromLocation } from './api/session-token';
import { startApp } from './app/start-app';
import { translate } from './i18n/messages';

takeTokenFromLocation();
const root = document.getElementById('app')!;
startApp(root).catch((error: unknown) => {
  console.error(error);
  const message = Object.assign(document.createElement('p'), {
    className: 'boot error',
    role: 'alert',
    textContent: `Bildungsnetz: ${error instanceof Error ? error.message : String(error)}`,
  });
  root.replaceChildren(message);
  // Without a login (or with a role that may not see the analyses) the explorer cannot draw its views.
  const code = error instanceof GraphQLRequestError ? error.code : undefined;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
    const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'de';
    message.textContent = `${translate('needsLogin', lang)} (${message.textContent})`;
    const button = Object.assign(document.createElement('a'), {
      id: 'auth',
      className: 'button-link',
      href: loginHref(),
      textContent: translate('logIn', lang),
    });
    root.append(button);
    if (sessionToken()) button.textContent = `${translate('logIn', lang)} (${code})`;
  }
});
