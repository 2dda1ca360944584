-- The router keeps the subscriptions in memory, tagged with this version. Any change to the
-- subscriptions moves it on (statement trigger, in the changing transaction); a routing statement
-- that finds another version than the one it was built with routes nothing, and the router reads
-- the subscriptions again. So a change committed before a poll is routed is always seen by it.
create table subscription_version (
    only_row boolean primary key default true check (only_row),
    version  bigint  not null
);
insert into subscription_version (only_row, version) values (true, 0);

create function subscription_changed() returns trigger language plpgsql as $$
begin
    update subscription_version set version = version + 1;
    return null;
end
$$;

create trigger subscription_changed after insert or update or delete or truncate on subscription
    for each statement execute function subscription_changed();
