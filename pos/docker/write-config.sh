#!/bin/sh
# Runs at container start (nginx image's entrypoint hook): tells the till where the backend is.
# VITE_BACKEND_URL is the browser-facing URL of the Medusa backend (its CORS must allow this
# origin for /pos, /admin and /auth).
set -eu
backend="${VITE_BACKEND_URL:-}"
printf 'window.__OCOP_POS_CONFIG__ = { backendUrl: "%s" }\n' "$backend" > /usr/share/nginx/html/config.js
