resource "azurerm_resource_group" "main" {
  name     = "rg-network"
  location = "westeurope"
}

resource "azurerm_network_security_group" "debug" {
  name                = "nsg-debug"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name

  security_rule {
    name                       = "allow-all-inbound"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "Internet" # expect: SRM-AZURE-NETWORK-002
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_group" "legacy" {
  name                = "nsg-legacy"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
}

resource "azurerm_network_security_rule" "tcp_any" {
  name                        = "allow-tcp"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "0-65535"
  source_address_prefix       = "0.0.0.0/0" # expect: SRM-AZURE-NETWORK-002
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.legacy.name
}
