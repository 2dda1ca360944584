-- The secrets a message is signed with: those of its endpoint not yet expired, newest first. A
-- view, so that the delivery worker can read them in the statement that claims a message, and the
-- rule stays in one place.
create view signing_secret as
    select endpoint_id, id, secret, created_at from webhook_secret
    where expires_at is null or expires_at > now();
