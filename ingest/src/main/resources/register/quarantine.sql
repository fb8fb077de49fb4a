-- Every failing row of an accepted file goes to quarantine with its line, rule, message and raw
-- text. An exact duplicate is loaded once (its copy is not merged) and listed as a query. Pupils
-- missing from the school's census are loaded, and listed once each as a query to explain.
insert into raw_quarantine
select
    files.load_id,
    files.file_name,
    checked.source_line,
    rules.field,
    checked.rule_code,
    case when checked.rule_code = 'REG010' then 'query' else 'error' end,
    rules.message,
    checked.raw_text
from register_checked as checked
join register_file as files on files.file_id = checked.file_id and files.accepted
join register_rule as rules on rules.rule = checked.rule_code;

insert into raw_quarantine
select
    files.load_id,
    files.file_name,
    min(checked.source_line),
    rules.field,
    rules.rule,
    'query',
    rules.message || ' (' || count(*) || ' rows loaded)',
    arg_min(checked.raw_text, checked.source_line)
from register_checked as checked
join register_file as files on files.file_id = checked.file_id and files.accepted
join register_rule as rules on rules.rule = 'REG101'
where checked.rule_code is null and checked.missing_from_census
group by files.load_id, files.file_name, checked.upn, rules.field, rules.rule, rules.message;
