# Credentials written as literals: in the attribute, in a nested block, in a
# variable default, in a tfvars value, in a module argument, in a provider block.
provider "aws" {
  region     = "eu-west-1"
  secret_key = "q9Lw2-provider-secret" # expect: SRM-TF-SECRET-001
}

resource "aws_db_instance" "db" {
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  username            = "app"
  password            = "Zq7-rT9w2Lx-db" # expect: SRM-TF-SECRET-001
  storage_encrypted   = true
  skip_final_snapshot = true
}

resource "azurerm_virtual_machine" "vm" {
  name                  = "vm"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = []
  vm_size               = "Standard_B2s"

  os_profile {
    computer_name  = "vm"
    admin_username = "azureuser"
    admin_password = "Vm-Adm1n-Passw0rd" # expect: SRM-TF-SECRET-001
  }
}

variable "sql_password" {
  type    = string
  default = "AdminPassword123!" # expect: SRM-TF-SECRET-001
}

resource "azurerm_mssql_server" "sql" {
  name                         = "sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_password
}

variable "root_password" {
  type = string
}

resource "google_sql_database_instance" "main" {
  name             = "main"
  database_version = "MYSQL_8_0"
  root_password    = var.root_password

  settings {
    tier = "db-f1-micro"
  }
}

module "db" {
  source   = "./db"
  password = "Mod-Passw0rd-9x" # expect: SRM-TF-SECRET-001
}

# A weak default is a credential all the same.
resource "azurerm_linux_virtual_machine" "default_password" {
  name                = "vm2"
  resource_group_name = "rg"
  location            = "westeurope"
  size                = "Standard_B2s"
  admin_username      = "azureuser"
  admin_password      = "changeme" # expect: SRM-TF-SECRET-001
}

# Credential-named environment variables of workloads.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"

  environment {
    variables = {
      LOG_LEVEL      = "info"
      STRIPE_API_KEY = "rk-live-lookalike-9f2" # expect: SRM-TF-SECRET-001
    }
  }
}

resource "kubernetes_pod_v1" "worker" {
  metadata {
    name = "worker"
  }
  spec {
    container {
      name  = "worker"
      image = "registry.example.com/worker:1.0.0"
      env {
        name  = "DB_PASSWORD"
        value = "Pod-Passw0rd-42" # expect: SRM-TF-SECRET-001
      }
    }
  }
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
    environment = [
      { name = "REGION", value = "eu-west-1" },
      { name = "API_TOKEN", value = "ecs-t0ken-value-77" }, # expect: SRM-TF-SECRET-001
    ]
  }])
}
