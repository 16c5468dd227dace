"""The dashboard and HTTP API: a Dash app and a Flask blueprint over the store.

Modules: `app` builds the Dash app; `layout` the page; `callbacks` its behaviour; `figures` the
timeline figure; `filters` query string ⇄ EventFilter; `api` the HTTP API; `services` what the
handlers share (store, settings, write policy); `articles` adding an article; `seed` ingesting
the seed articles on start; `wsgi` the entry point for gunicorn.
"""
