-- A secret's expiry is set on the service's clock (rotation), so it is also read on it: the claim
-- statement compares expires_at with the time the service passes, not with the database's now().
drop view signing_secret;
