/* exported OnAddinLoad, OnAction, GetImage, OnGetEnabled */
/*
 * 勾稽审核: the ribbon callbacks of the WPS 表格 add-in (named in ribbon.xml), run in the add-in's hidden
 * main page. Plain ES5 on purpose: the engine of older WPS builds is not documented.
 *
 * The task pane is the same built page as Excel's (web/taskpane.html). Its id is kept in
 * Application.PluginStorage so a second click shows the same pane. 开始审核 and 清除标记 leave a command
 * in PluginStorage that the pane polls (src/hosts/wps/ribbon-commands.ts; keep the keys in step), then
 * show the pane, which runs a command left before it was opened.
 */
'use strict';

var GOUJI_PANE_ID_KEY = 'gouji.taskpaneId';
var GOUJI_COMMAND_KEY = 'gouji.ribbonCommand';
var GOUJI_PANE_PAGE = 'web/taskpane.html?host=wps';
var GOUJI_DOCK_RIGHT = 2; // msoCTPDockPositionRight
var GOUJI_PANE_WIDTH = 420;
var GOUJI_IMAGES = {
  goujiOpenPane: 'images/open.svg',
  goujiCheck: 'images/check.svg',
  goujiClear: 'images/clear.svg',
};

/** A member that some WPS builds expose as a zero-argument method rather than a property. */
function goujiProp(owner, name) {
  var value = owner[name];
  return typeof value === 'function' ? value.call(owner) : value;
}

/** Writes such a member: `name(value)` where it is a method, else an assignment. */
function goujiSet(owner, name, value) {
  if (typeof owner[name] === 'function') owner[name](value);
  else owner[name] = value;
}

function goujiApplication() {
  if (window.Application) return window.Application;
  if (window.wps && typeof window.wps.EtApplication === 'function') return window.wps.EtApplication();
  return null;
}

/** The folder of this page, with a trailing slash: the task pane page lives beside it. */
function goujiBaseUrl() {
  var href = decodeURI(String(document.location.href)).split('#')[0].split('?')[0];
  return href.substring(0, href.lastIndexOf('/') + 1);
}

function goujiControlId(control) {
  if (!control) return '';
  return String(control.Id || control.id || '');
}

function goujiShowPane(app) {
  var storage = goujiProp(app, 'PluginStorage');
  var id = storage.getItem(GOUJI_PANE_ID_KEY);
  var pane = null;
  if (id !== null && id !== undefined && id !== '') {
    try {
      pane = app.GetTaskPane(id);
    } catch (e) {
      pane = null; // closed with its document window: create a new one
    }
  }
  if (!pane) {
    pane = app.CreateTaskPane(goujiBaseUrl() + GOUJI_PANE_PAGE);
    storage.setItem(GOUJI_PANE_ID_KEY, goujiProp(pane, 'ID'));
    try {
      goujiSet(pane, 'DockPosition', GOUJI_DOCK_RIGHT);
      goujiSet(pane, 'Width', GOUJI_PANE_WIDTH);
    } catch (e) {
      // Older builds fix the dock position; the pane still opens.
    }
  }
  goujiSet(pane, 'Visible', true);
  return pane;
}

function goujiSendCommand(app, action) {
  var now = new Date().getTime();
  var seq = now + '-' + Math.floor(Math.random() * 1000000);
  goujiProp(app, 'PluginStorage').setItem(
    GOUJI_COMMAND_KEY,
    JSON.stringify({ seq: seq, action: action, at: now }),
  );
}

function goujiMessage(error) {
  return error && error.message ? error.message : String(error);
}

function OnAddinLoad(ribbonUI) {
  var app = goujiApplication();
  if (app && typeof app.ribbonUI !== 'object') app.ribbonUI = ribbonUI;
  return true;
}

function OnAction(control) {
  var id = goujiControlId(control);
  var app = goujiApplication();
  if (!app) {
    alert('勾稽审核：没有找到 WPS 表格的接口，请在 WPS 表格中使用本加载项。');
    return true;
  }
  try {
    if (id === 'goujiCheck' || id === 'goujiClear') {
      if (!goujiProp(app, 'ActiveWorkbook')) {
        alert('勾稽审核：请先打开要审核的决算公开表。');
        return true;
      }
      goujiSendCommand(app, id === 'goujiCheck' ? 'check' : 'clear');
    }
    goujiShowPane(app);
  } catch (e) {
    alert('勾稽审核：无法打开审核面板（' + goujiMessage(e) + '）。请查看使用说明中的“常见问题”。');
  }
  return true;
}

function GetImage(control) {
  return GOUJI_IMAGES[goujiControlId(control)] || GOUJI_IMAGES.goujiOpenPane;
}

function OnGetEnabled() {
  return true;
}
