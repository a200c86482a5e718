sql_password = "Tfvars-Adm1n-Passw0rd"
