// The version users see (`crosscheck --version`, the server's serverInfo): the package's own.
import packageJson from '../../../package.json';

export const VERSION: string = packageJson.version;
