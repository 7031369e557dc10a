module.exports = require('../../tools/jest.base')('adherence');
