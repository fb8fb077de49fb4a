-- Numbers each staged line within its own file and splits it into its fields (register fields
-- never hold commas; a field may still be quoted). Lines 1 and 2 are the preamble and header.
create or replace temp table register_stage as
with numbered as (
    select files.file_id, lines.position, lines.line
    from register_lines as lines
    join register_file as files on files.file_path = lines.file_path
),

file_start as (
    select file_id, min(position) as first_position
    from numbered
    group by file_id
),

split as (
    select
        numbered.file_id,
        numbered.position - file_start.first_position + 1 as source_line,
        numbered.line,
        list_transform(
            string_split(rtrim(numbered.line, chr(13)), ','),
            field -> case
                when length(field) >= 2 and starts_with(field, '"') and ends_with(field, '"')
                    then replace(field[2:-2], '""', '"')
                else field
            end
        ) as fields
    from numbered
    join file_start on file_start.file_id = numbered.file_id
    where numbered.line is not null and trim(rtrim(numbered.line, chr(13))) <> ''
)

select
    file_id,
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
from split
where source_line > 2;

drop table register_lines;
