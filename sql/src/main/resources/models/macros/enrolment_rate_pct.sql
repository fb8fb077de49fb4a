-- The DfE enrolment rates (persistent and severe absence): enrolments judged absent on their own
-- possible sessions as a percentage of all enrolments. Null when there are no enrolments.
create or replace macro enrolment_rate_pct(judged_enrolments, enrolments) as
    100.0 * judged_enrolments / nullif(enrolments, 0)
