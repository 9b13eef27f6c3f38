// Messages of the dashboard namespace; keys start with "dashboard.". See docs/messages.md.
export const dashboard = {} as const;
