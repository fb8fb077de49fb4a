-- Reads a register export as whole lines so that every row keeps its exact line number, then splits
-- each line into its fields (register fields never hold commas; a field may still be quoted).
create or replace temp table register_lines as
select row_number() over () as source_line, line
from read_csv(
    getvariable('register_file'),
    columns = {'line': 'VARCHAR'}, header = false, delim = getvariable('register_delimiter'),
    new_line = getvariable('register_new_line'), quote = '', escape = '', auto_detect = false,
    strict_mode = false, all_varchar = true);

create or replace temp table register_stage as
with split as (
    select
        source_line,
        line,
        list_transform(
            string_split(rtrim(line, chr(13)), ','),
            field -> case
                when length(field) >= 2 and starts_with(field, '"') and ends_with(field, '"')
                    then replace(field[2:-2], '""', '"')
                else field
            end
        ) as fields
    from register_lines
    where source_line > 2 and line is not null and trim(rtrim(line, chr(13))) <> ''
)
select
    source_line,
    line as raw_text,
    len(fields) as field_count,
    nullif(fields[1], '') as urn,
    nullif(fields[2], '') as upn,
    nullif(fields[3], '') as admission_date,
    nullif(fields[4], '') as leaving_date,
    nullif(fields[5], '') as date,
    nullif(fields[6], '') as session,
    nullif(fields[7], '') as mark,
    nullif(fields[8], '') as minutes_late
from split;

drop table register_lines;
