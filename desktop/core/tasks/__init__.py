"""Directives, tasks, assignments and progress reports.

- `periods`: reporting cycles, period texts, due dates;
- `status`: the computed status (pure functions of the facts and `today`);
- `editing`: validated writes, with who-may-write-what;
- `board`: reading tasks, lines per unit, the progress board and the JSON form;
- `sample`: the sample directive shipped with the application.
"""
