root_password = "Tfvars-R00t-Passw0rd" # expect: SRM-TF-SECRET-001
