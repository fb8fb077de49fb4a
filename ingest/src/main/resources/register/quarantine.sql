-- Every failing row goes to quarantine with its line, rule, message and raw text. An exact
-- duplicate is loaded once (its copy is not merged) and listed as a query. Pupils missing
-- from the school's census are loaded, and listed once each as a query for the school to explain.
insert into raw_quarantine
select
    context.load_id,
    context.file_name,
    checked.source_line,
    rules.field,
    checked.rule_code,
    case when checked.rule_code = 'REG010' then 'query' else 'error' end,
    rules.message,
    checked.raw_text
from register_checked as checked
join register_rule as rules on rules.rule = checked.rule_code
cross join register_context as context;

insert into raw_quarantine
select
    context.load_id,
    context.file_name,
    min(checked.source_line),
    rules.field,
    rules.rule,
    'query',
    rules.message || ' (' || count(*) || ' rows loaded)',
    arg_min(checked.raw_text, checked.source_line)
from register_checked as checked
join register_rule as rules on rules.rule = 'REG101'
cross join register_context as context
where checked.rule_code is null and checked.missing_from_census
group by context.load_id, context.file_name, checked.upn, rules.field, rules.rule, rules.message;
