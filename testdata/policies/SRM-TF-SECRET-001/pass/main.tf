# Credentials generated, read from secret stores, passed in from outside, or left to the service.
variable "sql_password" {
  type      = string
  sensitive = true
}

resource "random_password" "db" {
  length  = 24
  special = true
}

data "aws_secretsmanager_secret_version" "api" {
  secret_id = "prod/api"
}

resource "aws_db_instance" "managed" {
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "generated" {
  engine         = "postgres"
  instance_class = "db.t4g.micro"
  username       = "app"
  password       = random_password.db.result
}

resource "aws_rds_cluster" "from_store" {
  cluster_identifier = "db"
  engine             = "aurora-postgresql"
  master_username    = "app"
  master_password    = data.aws_secretsmanager_secret_version.api.secret_string
}

resource "azurerm_mssql_server" "sql" {
  name                         = "sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_password
}

resource "azurerm_linux_virtual_machine" "template" {
  name                = "vm"
  resource_group_name = "rg"
  location            = "westeurope"
  size                = "Standard_B2s"
  admin_username      = "azureuser"
  admin_password      = "<admin-password>"
}

resource "aws_ssm_parameter" "plain" {
  name  = "/app/log-level"
  type  = "String"
  value = "info-level-logging"
}

resource "azurerm_data_factory_linked_service_sql_server" "integrated" {
  name              = "sql"
  data_factory_id   = "adf"
  connection_string = "Server=db;Database=app;Integrated Security=True"
}

provider "aws" {
  region = "eu-west-1"
}
