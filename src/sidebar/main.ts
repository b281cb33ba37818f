/** Sidebar client (placeholder until the sidebar issue). */
document.documentElement.dataset.ready = 'true';
