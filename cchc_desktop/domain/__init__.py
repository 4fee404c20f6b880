"""Pure domain core: criteria trees, scores, decimals, validation and roll-up (stdlib only)."""
