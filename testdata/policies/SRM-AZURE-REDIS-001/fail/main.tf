resource "azurerm_resource_group" "main" {
  name     = "rg-cache"
  location = "westeurope"
}

resource "azurerm_redis_cache" "sessions" {
  name                          = "redis-acme-sessions"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  non_ssl_port_enabled          = true # expect: SRM-AZURE-REDIS-001
  public_network_access_enabled = false
}

# azurerm 3.x name.
resource "azurerm_redis_cache" "legacy" {
  name                          = "redis-acme-legacy"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  enable_non_ssl_port           = true # expect: SRM-AZURE-REDIS-001
  public_network_access_enabled = false
}
