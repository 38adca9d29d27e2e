-- The trial's database and the application's user, which owns it and is not a superuser.
create role letstalk login password 'trial-password';
create database letstalk owner letstalk;
