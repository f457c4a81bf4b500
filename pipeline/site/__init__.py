"""The pack site: static pages to browse a pack before importing it.

`inputs` names what the site is given (the pack's model, its outputs, its
release history); `chart` draws the domain chart; `browser_data` is the card
data the page's script reads; `pages` renders the HTML; `write` puts the
site together. It works from `file://` and any static host: no server, no
CDN, and no build step for the page.
"""
