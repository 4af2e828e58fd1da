"""Sync packages: one signed file carried between offices, merged on arrival.

- `keys`: Ed25519 signatures and X25519 encryption (the `cryptography` package);
- `package`: the file format, written atomically and read defensively;
- `exporter`: what goes into a package for a destination;
- `merger`: the preview and the atomic merge of a package, and undo;
- `enrolment`: setting up the province and each office from one setup file;
- `conflicts`, `journal`: conflicts to resolve and the log of packages.

The merge rule itself lives in `desktop.core.versions`.
"""
