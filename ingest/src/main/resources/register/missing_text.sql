-- The raw text of the rows judge.sql found breaking a rule (copies, UPN check letters), read again
-- from their files only: ${lines} covers just the files that hold such rows.
update register_checked
set raw_text = lines.line
from (${lines}) as lines
where register_checked.rule_code is not null
  and register_checked.raw_text is null
  and register_checked.file_id = lines.file_id
  and register_checked.source_line = lines.source_line;
