-- Webhook secrets are stored encrypted (AES-256-GCM, "gcm1:<key id>:<base64>"); rows written before
-- are encrypted when the service starts (WebhookSecrets), which needs the key, hence not here.
alter table webhook_secret alter column secret type varchar(300);
comment on column webhook_secret.secret is 'gcm1:<key id>:<base64 of nonce, ciphertext, tag>; never the secret itself';
