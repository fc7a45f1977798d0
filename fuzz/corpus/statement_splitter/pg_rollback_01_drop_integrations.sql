DROP TABLE user_integrations;
DROP TABLE services;
