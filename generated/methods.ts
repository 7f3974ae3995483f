// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
export * from './methods/channels.join.js';
export * from './methods/chat.scheduleMessage.js';
export * from './methods/conversations.history.js';
export * from './methods/oauth.token.js';
export * from './methods/oauth.v2.access.js';
export * from './methods/oauth.v2.user.access.js';
export * from './methods/pins.add.js';
export * from './methods/pins.list.js';
export * from './methods/pins.remove.js';
