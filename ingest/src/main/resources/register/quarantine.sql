-- Every failing row goes to quarantine with its line, rule, message and raw text.
insert into raw_quarantine
select
    context.load_id,
    context.file_name,
    checked.source_line,
    rules.field,
    checked.rule_code,
    'error',
    rules.message,
    concat_ws(',', checked.urn, checked.upn, checked.admission_date, checked.leaving_date,
        checked.date, checked.session, checked.mark, checked.minutes_late)
from register_checked as checked
join register_rule as rules on rules.rule = checked.rule_code
cross join register_context as context;
