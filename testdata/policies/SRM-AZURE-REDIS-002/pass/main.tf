variable "minimum_tls_version" {
  type = string
}

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
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false
}

# azurerm 4.x default: 1.2.
resource "azurerm_redis_cache" "cache" {
  name                          = "redis-acme-cache"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
}

resource "azurerm_redis_cache" "configurable" {
  name                          = "redis-acme-conf"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  minimum_tls_version           = var.minimum_tls_version
  public_network_access_enabled = false
}
