-- Whether an enrolment missed at least a share of its own possible sessions (inclusive, as the
-- DfE's persistent and severe absence are). The share is taken as an exact decimal, so 10% of 30
-- sessions is exactly 3, not 3.0000000000000004.
create or replace macro absent_at_least(absence_sessions, possible_sessions, share) as
    absence_sessions >= cast(share as decimal(9, 4)) * possible_sessions
