-- The DfE session rates (overall, authorised and unauthorised absence, attendance, absence by
-- reason, late): sessions as a percentage of possible sessions, a ratio of sums over enrolments.
-- Null when there are no possible sessions. The marts and the reproduction of published figures
-- both use this one definition.
create or replace macro session_rate_pct(sessions, possible_sessions) as
    100.0 * sessions / nullif(possible_sessions, 0)
