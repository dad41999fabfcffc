/**
 * The entry of taskpane.html: pick the host (WPS, Excel, else the browser page) and render the pane.
 * The pane itself (App) knows only the Host interface; this file is where the hosts are put together.
 */

import './polyfills';
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, ThemeProvider } from '@fluentui/react';
import { detectHost } from '../hosts/detect';
import { BrowserPage } from '../hosts/browser/page/BrowserPage';
import { App } from './App';
import { setUpFluent } from './theme';

function Unsupported({ message }: { message: string }) {
  const [browser, setBrowser] = useState(false);
  if (browser) return <BrowserPage />;
  return (
    <div className="gj-pane">
      <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
        {message}
      </MessageBar>
      <p>也可以把工作簿另存为 .xlsx，在勾稽的浏览器页面中审核（同样的检查，文件不离开本机）。</p>
      <DefaultButton text="改用浏览器页面" onClick={() => setBrowser(true)} />
    </div>
  );
}

async function start(): Promise<void> {
  const theme = setUpFluent();
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  // The wrapper fills the window, so that the page's pane and grid scroll on their own (styles/pane.css).
  const wrap = (node: JSX.Element) => (
    <ThemeProvider theme={theme} className="gj-root">
      {node}
    </ThemeProvider>
  );
  root.render(wrap(<Spinner label="正在连接表格软件…" className="gj-starting" />));
  const detected = await detectHost();
  document.documentElement.setAttribute('data-host', detected.kind);
  if (detected.kind === 'office') root.render(wrap(<App host={detected.host} info={detected.host.info} />));
  else if (detected.kind === 'unsupported') root.render(wrap(<Unsupported message={detected.message} />));
  else root.render(wrap(<BrowserPage />));
}

void start();
