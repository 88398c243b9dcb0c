"""Modal screens of the Wortlaut dashboard: help, add article, corrections, export, filters."""
