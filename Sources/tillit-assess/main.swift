import TillitCore

print(Framework.sou2019_43.principles.map(\.id.rawValue))
